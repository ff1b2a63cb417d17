import Foundation
import Records
import Testing

@testable import Exports

@Suite struct CSVExportTests {
    @Test func aHeaderRowThenOneRowPerAttempt() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let attempt = try player.play(as: "Ada Trainee", mode: .supervision, supervisor: "Sam Supervisor")
        try player.play(as: "Ben Trainee", at: PlayedAttempts.time(600), answers: 1)
        let exported = try store.exportedAttempts(since: nil)

        let lines = AttemptCSV.text(exported).components(separatedBy: "\r\n")

        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[0] == AttemptCSV.columns.joined(separator: ","))
        let row = Dictionary(uniqueKeysWithValues: zip(AttemptCSV.columns, lines[1].components(separatedBy: ",")))
        #expect(row["attempt_id"] == attempt.id)
        #expect(row["trainee"] == "Ada Trainee")
        #expect(row["supervisor"] == "Sam Supervisor")
        #expect(row["status"] == "completed")
        #expect(row["outcome"] == "competent")
        #expect(row["percent"] == String(format: "%.1f", attempt.percent ?? -1))
        #expect(row["safety_percent"] == String(format: "%.1f", exported[0].percent(of: .safety) ?? -1))
        #expect(row["started_at"] == "2026-03-01T09:00:00.000Z")
        #expect(row["void"] == "false")
        let unfinished = lines[2].components(separatedBy: ",")
        #expect(unfinished.count == AttemptCSV.columns.count)
        #expect(unfinished[AttemptCSV.columns.firstIndex(of: "status") ?? 0] == "in_progress")
        #expect(unfinished[AttemptCSV.columns.firstIndex(of: "outcome") ?? 0] == "")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Smith, Jo", "\"Smith, Jo\""),
        ("Jo \"JJ\" Smith", "\"Jo \"\"JJ\"\" Smith\""),
        ("two\nlines", "\"two\nlines\""),
        ("", ""),
    ])
    func fieldsAreQuotedAsRFC4180Says(value: String, written: String) {
        var table = CSVTable(header: ["a", "b"])
        table.append([value, "x"])
        #expect(table.text == "a,b\r\n\(written),x\r\n")
    }

    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)"])
    func textAPersonTypedCannotRunAsAFormula(reason: String) throws {
        let store = try RecordStore.inMemory()
        let attempt = try PlayedAttempts(store: store).play(as: "Ada Trainee")
        try store.void(recordID: attempt.id, reason: reason, author: nil, at: PlayedAttempts.time(999))

        let row = AttemptCSV.row(try #require(try store.exportedAttempts(since: nil).first))

        #expect(row[AttemptCSV.columns.firstIndex(of: "void_reason") ?? 0] == "'" + reason)
        #expect(row[AttemptCSV.columns.firstIndex(of: "void") ?? 0] == "true")
    }

    /// "\r\n" is one `Character`, equal to neither "\r" nor "\n": a field holding it must still be
    /// quoted, or the row splits and its second half starts a row of its own.
    @Test(arguments: ["Eve\r\n@SUM(1+1)*cmd|' /C calc'!A0", "Eve\u{2028}x", "a\u{85}b"])
    func aFieldWithAnyLineBreakIsQuoted(value: String) {
        var table = CSVTable(header: ["a", "b"])
        table.append([value, "x"])
        #expect(table.text.hasPrefix("a,b\r\n\"\(value)\",x"), "\(table.text.debugDescription)")
    }

    @Test(arguments: [
        ("ok\r\n@SUM(1+1)*cmd|' /C calc'!A0", "ok\r\n'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("ok\n=1+1\r-2\r\n\r\n+3", "ok\n'=1+1\r'-2\r\n\r\n'+3"),
        ("=A1\r\nsafe", "'=A1\r\nsafe"),
        ("a-b\nc=d", "a-b\nc=d"),
    ])
    func everyLineOfAFieldIsDefused(reason: String, written: String) throws {
        let store = try RecordStore.inMemory()
        let attempt = try PlayedAttempts(store: store).play(as: "Ada Trainee")
        try store.void(recordID: attempt.id, reason: reason, author: nil, at: PlayedAttempts.time(999))

        let row = AttemptCSV.row(try #require(try store.exportedAttempts(since: nil).first))

        #expect(row[AttemptCSV.columns.firstIndex(of: "void_reason") ?? 0] == written)
    }
}
