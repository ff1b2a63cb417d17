"""Validates a JSON document against a JSON Schema (draft 2019-09), with format checks.

Usage: validate.py SCHEMA DOCUMENT. Exit 0 when valid; else 1, printing each error with its path.
"""
import json
import sys

from jsonschema import Draft201909Validator


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as schema_file:
        schema = json.load(schema_file)
    with open(sys.argv[2], encoding="utf-8") as document_file:
        document = json.load(document_file)
    Draft201909Validator.check_schema(schema)
    validator = Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
    for error in errors:
        print("/".join(str(part) for part in error.absolute_path) or "(root)", ":", error.message)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
