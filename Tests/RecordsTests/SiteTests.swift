import Foundation
import GRDB
@testable import Records
import Testing

/// Every person and attempt belongs to a site; the team figures filter and compare by it.
@Suite struct SiteTests {
    /// Finishes an assessment attempt by `person` in a store opened for `site`.
    private static func play(_ person: String, at site: String, path: String, percent: Double, seconds: Double) throws {
        let store = try RecordStore(path: path, site: site)
        let attempt = try store.startAttempt(Samples.newAttempt(by: person, mode: .assessment, at: Samples.time(seconds)))
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: percent, resultJSON: "{}", at: Samples.time(seconds + 10))
    }

    @Test func attemptsBelongToTheSiteTheyWerePlayedAtAndPeopleToTheirFirst() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("records.sqlite")
        try Self.play("Ann North", at: "North", path: path, percent: 90, seconds: 0)
        try Self.play("Bob South", at: "South", path: path, percent: 70, seconds: 100)
        // Ann covers a shift in the South: the attempt is South's, Ann stays North's.
        try Self.play("Ann North", at: "South", path: path, percent: 50, seconds: 200)
        let store = try RecordStore(path: path)

        #expect(try store.sites().map(\.name) == ["North", "South", "main"])
        let all = try store.teamTallies(since: nil)
        #expect(all.sites.map { [$0.key: $0.attempts] } == [["North": 1], ["South": 2]])
        let south = try store.teamTallies(since: nil, site: "South")
        #expect(south.trainees.map(\.key) == ["Ann North", "Bob South"])
        #expect(south.scenarios.reduce(0) { $0 + $1.attempts } == 2)
        #expect(south.sites.map(\.key) == ["South"])
        let north = try store.teamTallies(since: nil, site: "North")
        #expect(north.trainees.map { $0.meanPercent } == [90])

        let homes = try store.writer.read { db in
            try [String: String](uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT person.name, site.name FROM person JOIN site ON site.id = person.site_id").map { ($0[0], $0[1]) })
        }
        #expect(homes == ["Ann North": "North", "Bob South": "South"])
    }

    @Test func aStoreOpenedWithoutASiteWritesToMain() throws {
        let store = try RecordStore.inMemory()
        let attempt = try store.startAttempt(Samples.newAttempt())
        try store.finish(attemptID: attempt.id, outcome: .competent, percent: 80, resultJSON: "{}", at: Samples.time(10))
        #expect(try store.teamTallies(since: nil, site: Site.defaultName).sites.map(\.key) == [Site.defaultName])
    }

    @Test func anUnknownSiteIsRefusedByName() throws {
        let store = try RecordStore.inMemory()
        #expect(throws: RecordError.unknownSite("Nowhere")) { try store.teamTallies(since: nil, site: "Nowhere") }
    }

    @Test(arguments: ["", "   "])
    func aSiteNeedsAName(name: String) {
        #expect(throws: RecordError.emptyText(field: "a site's name")) { try RecordStore.inMemory(site: name) }
    }
}
