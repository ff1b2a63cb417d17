import Testing

@testable import Exports

@Suite struct XAPIFormatsTests {
    @Test(arguments: [
        ("PT0S", true), ("PT4M30.25S", true), ("P1Y2M3W4DT5H6M7,5S", true), ("P3D", true), ("PT1H", true),
        ("P", false), ("PT", false), ("P1DT", false), ("PT4S3M", false), ("PT4.S", false), ("PT.5S", false),
        ("4 minutes", false), ("PT1H1H", false), ("P1.5.2D", false), ("PTT1S", false),
    ])
    func durations(text: String, valid: Bool) {
        #expect(XAPIFormats.isDuration(text) == valid)
    }

    @Test(arguments: [
        ("2026-03-01T09:30:05.250Z", nil), ("2026-03-01T09:30:05Z", nil), ("2026-03-01T10:30:05+01:00", nil),
        ("2026-03-01T10:30:05.1+0100", nil), ("2026-03-01T09:30:05-00:00", .negativeZeroOffset),
        ("2026-03-01T09:30:05", .notISO8601), ("2026-13-01T09:30:05Z", .notISO8601), ("2026-03-01 09:30:05Z", .notISO8601),
        ("2026-03-01T09:30:05.Z", .notISO8601), ("2026-03-01T09:30:05+1:00", .notISO8601), ("yesterday", .notISO8601),
    ] as [(String, XAPIFormats.TimestampProblem?)])
    func timestamps(text: String, problem: XAPIFormats.TimestampProblem?) {
        #expect(XAPIFormats.timestampProblem(text) == problem)
    }

    @Test(arguments: [
        ("en-GB", true), ("en", true), ("fr-CA", true), ("zh-Hant-TW", true), ("x-klingon", true),
        ("en_GB", false), ("en GB", false), ("", false), ("e", false), ("en-", false), ("english-toolongsubtag", false),
    ])
    func languageTags(text: String, valid: Bool) {
        #expect(XAPIFormats.isLanguageTag(text) == valid)
    }

    @Test(arguments: [
        ("https://safedrill.invalid/xapi/scenarios/scam-link", true), ("urn:uuid:6f1d5c3e", true), ("mailto:a@b", true),
        ("scenarios/scam-link", false), (":nothing", false), ("https:", false), ("https://a b", false), ("1http://x", false),
    ])
    func absoluteIRIs(text: String, valid: Bool) {
        #expect(XAPIFormats.isAbsoluteIRI(text) == valid)
    }

    @Test(arguments: [
        ("6f1d5c3e-920b-4a51-8d27-c44e1a73b906", true), ("6F1D5C3E-920B-4A51-8D27-C44E1A73B906", true),
        ("6f1d5c3e920b4a518d27c44e1a73b906", false), ("6f1d5c3e-920b-4a51-8d27-c44e1a73b90g", false), ("", false),
    ])
    func uuids(text: String, valid: Bool) {
        #expect(XAPIFormats.isUUID(text) == valid)
    }
}
