import Foundation
import Testing

/// The phone page, as a browser without JavaScript uses it: forms posted, redirects followed, the
/// interview walked to its checklist, which headless Chromium renders at a phone's size.
@Suite("serve phone page", .serialized)
struct PhonePageTests {
    @Test func theInterviewWalksToAChecklistAndRendersOnAPhone() async throws {
        let server = try ServeProcess()
        let start = try await server.send("GET", "/")
        #expect(start.status == 200)
        #expect(Self.text(start.body).contains(#"<html lang="en-GB">"#))
        var page = Self.text(try await server.send("POST", "/interview").body)
        let action = try #require(Self.attribute("action", in: page))
        #expect(action.hasPrefix("/interview/"))
        let first = try #require(Self.hiddenFact(in: page))
        #expect(page.contains("<legend>") || page.contains("<label for=\"answer\">"))

        // An answer, then back: the first question again.
        page = try await answer(server, action, fact: first, page: page)
        page = Self.text(try await server.post(action, ["action": "back", "fact": Self.hiddenFact(in: page) ?? ""]).body)
        #expect(Self.hiddenFact(in: page) == first)

        var questions = 0
        var rejectedOnce = false
        while !page.contains("What to do now"), questions < 80 {
            let fact = try #require(Self.hiddenFact(in: page), "no question on:\n\(page.prefix(400))")
            if !rejectedOnce, page.contains(#"inputmode="decimal""#) {
                let refused = Self.text(try await server.post(action, ["fact": fact, "action": "answer", "answer": "lots"]).body)
                #expect(refused.contains(#"role="alert""#))
                #expect(refused.contains(#"aria-invalid="true""#))
                rejectedOnce = true
            }
            page = try await answer(server, action, fact: fact, page: page)
            questions += 1
        }
        #expect(page.contains("What to do now"))
        #expect(page.contains("Do now"))
        #expect(questions < 30, "asked \(questions) questions")

        let folder = server.folder
        let screenshot = folder.appendingPathComponent("checklist.png").path
        let chromium = try Self.chromium(["--window-size=390,844", "--screenshot=\(screenshot)", server.base + action], in: folder)
        #expect(chromium.status == 0, "\(chromium.stderr.suffix(600))")
        let size = (try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
        #expect(size > 10_000)
        let dom = try Self.chromium(["--dump-dom", server.base + action], in: folder)
        #expect(dom.stdout.contains("What to do now"))
        #expect(dom.stdout.contains(#"<ol class="checklist required">"#))
    }

    /// Answers whatever is asked: the first choice, "Just now" for a time, 0 for a number.
    private func answer(_ server: ServeProcess, _ action: String, fact: String, page: String) async throws -> String {
        var form = ["fact": fact, "action": "answer"]
        if page.contains(#"value="now""#) {
            form["action"] = "now"
        } else if page.contains(#"inputmode="decimal""#) {
            form["answer"] = "0"
        } else if let value = Self.attribute("value", in: page, after: #"id="answer-1""#) {
            form["answer"] = value
        }
        return Self.text(try await server.post(action, form).body)
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    static func hiddenFact(in page: String) -> String? { attribute("value", in: page, after: #"name="fact""#) }

    /// The first `name="…"` attribute's value, after `marker` when given.
    static func attribute(_ name: String, in page: String, after marker: String? = nil) -> String? {
        var rest = Substring(page)
        if let marker {
            guard let range = rest.range(of: marker) else { return nil }
            rest = rest[range.upperBound...]
        }
        guard let start = rest.range(of: name + "=\"") else { return nil }
        return String(rest[start.upperBound...].prefix { $0 != "\"" })
    }

    static func chromium(_ arguments: [String], in folder: URL) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("chromium").path)"] + arguments
        process.currentDirectoryURL = folder
        let out = folder.appendingPathComponent("chromium.out"), err = folder.appendingPathComponent("chromium.err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return RunResult(
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", status: process.terminationStatus)
    }
}

extension ServeProcess {
    /// POSTs an HTML form.
    func post(_ path: String, _ fields: [String: String]) async throws -> (status: Int, headers: [String: String], body: Data) {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await send("POST", path, body: Data(body.utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
    }
}
