import Foundation
import Testing
@testable import Service
import ThresholdEngine

@Suite("phone page accessibility")
struct PhonePageAccessibilityTests {
    @Test func everyQuestionHasLabelledControlsInALegendedFieldsetOrALabel() {
        for question in Policy.bundled.schema.definitions {
            let page = QuestionPage.html(question, number: 1, action: "/interview/x", rejection: nil, canGoBack: true)
            #expect(page.contains(#"<html lang="en-GB">"#))
            #expect(page.contains(#"name="viewport""#))
            for id in Self.values(of: "id", in: page) where id.hasPrefix("answer") {
                #expect(page.contains(#"<label for="\#(id)">"#), "\(question.id): control \(id) has no label")
            }
            if [.bool, .enum, .set].contains(question.type) {
                #expect(page.contains("<fieldset") && page.contains("<legend><h1>"), "\(question.id)")
            } else {
                #expect(page.contains(#"<h1><label for="answer">"#), "\(question.id)")
            }
            #expect(page.contains(#"value="skip">Not known</button>"#))
        }
    }

    @Test func aRefusedAnswerIsAnnouncedAndTiedToTheField() throws {
        let question = try #require(Policy.bundled.schema.definitions.first { $0.type == .number })
        let page = QuestionPage.html(question, number: 2, action: "/interview/x", rejection: "Answer a number such as 250.", canGoBack: false)
        #expect(page.contains(#"role="alert""#))
        #expect(page.contains(#"aria-describedby="error"#))
        #expect(page.contains(#"aria-invalid="true""#))
        #expect(page.contains("<title>Error: "))
    }

    @Test func textIsEscaped() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    /// WCAG 2 contrast of every rule that sets a text colour, against its own background or white.
    @Test func textContrastIsAtLeastFourAndAHalfToOne() throws {
        let rules = PageStyle.css.split(separator: "}").map { String($0) }
        var checked = 0
        for rule in rules {
            guard let color = Self.hex(after: "color:", in: rule) else { continue }
            let background = Self.hex(after: "background:", in: rule) ?? "ffffff"
            let ratio = Self.contrast(color, background)
            #expect(ratio >= 4.5, "\(rule.prefix(60)): \(color) on \(background) is \(ratio):1")
            checked += 1
        }
        #expect(checked >= 8)
    }

    static func values(of attribute: String, in page: String) -> [String] {
        page.components(separatedBy: attribute + "=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The first `#rgb` or `#rrggbb` after `key` at the start of a declaration, as six hex digits.
    static func hex(after key: String, in rule: String) -> String? {
        for declaration in rule.split(whereSeparator: { $0 == "{" || $0 == ";" }) {
            let trimmed = declaration.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix(key), let hash = trimmed.firstIndex(of: "#") else { continue }
            let digits = String(trimmed[trimmed.index(after: hash)...].prefix { $0.isHexDigit })
            return digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : digits
        }
        return nil
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex, radix: 16) ?? 0
            let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return ((max(a, b) + 0.05) / (min(a, b) + 0.05) * 100).rounded() / 100
    }
}
