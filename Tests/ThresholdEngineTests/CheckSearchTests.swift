import Foundation
import Testing
import ThresholdEngine

/// The static checks prune their search; on small random policies they must agree with plain
/// enumeration of every combination of facts.
@Suite("static checks against brute force")
struct CheckSearchTests {
    static let atoms = [
        "a", "not b", "e == x", "e != y", "e in [x, z]", "'p' in s", "s in [p, q]", "'q' not in s",
        "n > 5", "n <= 2", "n == 3", "known(a)", "known(s)", "not known(n)",
    ]

    static func condition(depth: Int, using generator: inout CompiledEvaluationTests.Generator) -> String {
        if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
            return atoms.randomElement(using: &generator) ?? "a"
        }
        let left = condition(depth: depth - 1, using: &generator)
        let right = condition(depth: depth - 1, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: return "(\(left) and \(right))"
        case 1: return "(\(left) or \(right))"
        default: return "not (\(left))"
        }
    }

    static func policy(_ conditions: [(String, String)]) throws -> Policy {
        let rules = conditions.enumerated().map { index, rule in
            "  - {id: r\(index), when: \"\(rule.0)\", then: {police: \(rule.1)}, because: R., source: S.}"
        }.joined(separator: "\n")
        return try Policy(text: """
            format: safedrill-policy/1
            id: random
            version: "1"
            jurisdiction: England
            facts:
              - {id: a, type: bool, question: A?}
              - {id: b, type: bool, question: B?}
              - {id: e, type: enum, values: [x, y, z], question: E?}
              - {id: s, type: set, values: [p, q], question: S?}
              - {id: n, type: number, question: N?}
            escalations:
              - {id: police, label: Police, who: Police, deadline: 24h}
            rules:
            \(rules)
            """, path: "random.yaml")
    }

    /// Every combination of the five facts, unknown included.
    static let everyCombination: [Facts] = {
        let bools: [FactValue?] = [nil, .bool(true), .bool(false)]
        let enums: [FactValue?] = [nil, .word("x"), .word("y"), .word("z")]
        let sets: [FactValue?] = [nil, .set([]), .set(["p"]), .set(["q"]), .set(["p", "q"])]
        let numbers: [FactValue?] = [nil, .number(1), .number(2), .number(3), .number(4), .number(6)]
        var all: [Facts] = []
        for a in bools { for b in bools { for e in enums { for s in sets { for n in numbers {
            var facts = Facts()
            facts["a"] = a; facts["b"] = b; facts["e"] = e; facts["s"] = s; facts["n"] = n
            all.append(facts)
        } } } } }
        return all
    }()

    @Test(arguments: 0..<100)
    func agreesWithEnumeration(seed: Int) throws {
        var generator = CompiledEvaluationTests.Generator(state: UInt64(seed) &* 7919 &+ 1)
        let statuses = ["required", "consult"]
        let rules = (0..<3).map { _ in (Self.condition(depth: 3, using: &generator), statuses.randomElement(using: &generator) ?? "required") }
        let policy = try Self.policy(rules)
        let warnings = PolicyChecks.run(policy).items
        let truths = Self.everyCombination.map { facts in policy.rules.map { $0.when.evaluate(in: facts) } }
        for (index, rule) in policy.rules.enumerated() {
            let canBeTrue = truths.contains { $0[index] == .true }
            let canFire = truths.contains { $0[index] != .false }
            let reported = warnings.first { $0.code == "SD030" && $0.message.contains("'\(rule.id)'") }
            #expect((reported != nil) == !canBeTrue, "\(rule.id): \(rules[index])")
            if let reported { #expect(reported.message.contains("never fire") == !canFire) }
            // Shadowed: whenever this rule fires, another gives at least as strong an outcome.
            let strength = { (truth: Truth, status: EscalationStatus) -> EscalationStatus in
                truth == .true ? status : truth == .unknown ? .consult : .notRequired
            }
            let shadowedBy = policy.rules.indices.filter { other in
                other != index && truths.allSatisfy { row in
                    let mine = strength(row[index], rule.outcomes[0].status)
                    return mine == .notRequired || strength(row[other], policy.rules[other].outcomes[0].status) >= mine
                }
            }
            let mutualEarlier = shadowedBy.contains { other in
                other < index || !truths.allSatisfy { row in
                    let theirs = strength(row[other], policy.rules[other].outcomes[0].status)
                    return theirs == .notRequired || strength(row[index], rule.outcomes[0].status) >= theirs
                }
            }
            let expectShadow = canBeTrue && mutualEarlier
            let shadowReported = warnings.contains { $0.code == "SD033" && $0.message.hasPrefix("rule '\(rule.id)'") }
            #expect(shadowReported == expectShadow, "\(rule.id) in \(rules)")
        }
    }
}

extension CheckSearchTests {
    @Test(arguments: 0..<100)
    func compiledConditionsAgreeWithTheReference(seed: Int) throws {
        var generator = CompiledEvaluationTests.Generator(state: UInt64(seed) &* 104_729 &+ 3)
        let condition = Self.condition(depth: 4, using: &generator)
        let policy = try Self.policy([(condition, "required")])
        let rule = try #require(policy.rules.first)
        for facts in Self.everyCombination {
            let expected = rule.when.evaluate(in: facts)
            let actual = policy.decide(facts, at: Date(timeIntervalSince1970: 0)).ruleTruths[0]
            #expect(actual == expected, "\(condition) with \(facts.values)")
            if actual != expected { return }
        }
    }
}
