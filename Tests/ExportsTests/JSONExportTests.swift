import Foundation
import Records
import Testing

@testable import Exports

@Suite struct JSONExportTests {
    @Test func decodesBackToWhatTheStoreHolds() throws {
        let store = try RecordStore.inMemory()
        let player = try PlayedAttempts(store: store)
        let supervised = try player.play(as: "Ada Trainee", mode: .supervision, supervisor: "Sam Supervisor", answers: 3)
        try store.addNote(attemptID: supervised.id, nodeID: "start", author: "Sam Supervisor", text: "Talked through \"why\", well", at: PlayedAttempts.time(100))
        try player.play(as: "Ben Trainee", .poor, at: PlayedAttempts.time(1000))
        let voided = try player.play("coercive-texting", as: "Ada Trainee", at: PlayedAttempts.time(2000))
        try store.void(recordID: voided.id, reason: "wrong person", author: nil, at: PlayedAttempts.time(9000))
        let generatedAt = Date(timeIntervalSince1970: 1_772_400_000.123)

        let document = ExportDocument(records: try store.exportedAttempts(since: nil), since: nil, generatedAt: generatedAt)
        let decoded = try ExportDocument.decode(try document.json())

        #expect(decoded == document)
        #expect(decoded.records == (try store.exportedAttempts(since: nil)))
        #expect(decoded.format == "safedrill-export/1")
        #expect(decoded.generatedAt == generatedAt)
        #expect(decoded.records.first?.notes.map(\.text) == ["Talked through \"why\", well"])
        #expect(decoded.records.last?.void?.reason == "wrong person")
    }

    @Test func saysWhatItContainsBeforeAnythingElse() throws {
        let store = try RecordStore.inMemory()
        try PlayedAttempts(store: store).play(as: "Ada Trainee")
        let since = PlayedAttempts.time(-60)

        let document = ExportDocument(records: try store.exportedAttempts(since: since), since: since, generatedAt: PlayedAttempts.time(100))
        let text = String(decoding: try document.json(), as: UTF8.self)

        let firstKey = text.split(separator: "\"").dropFirst().first
        #expect(firstKey == "contains")
        #expect(document.contains.hasPrefix("Personal data:"))
        #expect(document.contains.contains("1 attempt started on or after 2026-03-01T08:59:00.000Z"))
        #expect(text.contains(#""since" : "2026-03-01T08:59:00.000Z""#))
    }
}
