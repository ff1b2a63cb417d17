import ThresholdEngine

/// One question a screen: a fieldset of choices (yes/no, one of a list, any of a list) or a text
/// field (a number, a time), with "Not known" always offered and "Back" once something is answered.
enum QuestionPage {
    static func html(_ question: FactDefinition, number: Int, action: String, rejection: String?, canGoBack: Bool) -> String {
        let describedBy = (rejection == nil ? [] : ["error"]) + (question.help.isEmpty ? [] : ["hint"])
        let described = describedBy.isEmpty ? "" : #" aria-describedby="\#(describedBy.joined(separator: " "))""#
        var main = #"<form method="post" action="\#(HTML.escape(action))">"# + "\n"
        main += #"<input type="hidden" name="fact" value="\#(HTML.escape(question.id))">"# + "\n"
        if let rejection {
            main += #"<div class="error" id="error" role="alert"><h2>There is a problem</h2><p>\#(HTML.escape(rejection))</p></div>"# + "\n"
        }
        main += #"<p class="step">Question \#(number)</p>"# + "\n"
        let hint = question.help.isEmpty ? "" : #"<p class="hint" id="hint">\#(HTML.escape(question.help))</p>"# + "\n"
        switch question.type {
        case .bool, .enum, .set:
            main += "<fieldset\(described)>\n<legend><h1>\(HTML.escape(question.question))</h1></legend>\n" + hint
            main += options(for: question).joined(separator: "\n") + "\n</fieldset>\n"
        case .number, .datetime:
            let invalid = rejection == nil ? "" : #" aria-invalid="true""#
            let mode = question.type == .number ? "decimal" : "text"
            main += #"<h1><label for="answer">\#(HTML.escape(question.question))</label></h1>"# + "\n" + hint
            main += #"<input type="text" id="answer" name="answer" inputmode="\#(mode)" autocomplete="off" spellcheck="false"\#(described)\#(invalid)>"# + "\n"
        }
        main += #"<div class="actions">"# + "\n"
        main += #"<button type="submit" class="primary" name="action" value="answer">Continue</button>"# + "\n"
        if question.type == .datetime {
            main += #"<button type="submit" class="secondary" name="action" value="now">Just now</button>"# + "\n"
        }
        main += #"<button type="submit" class="secondary" name="action" value="skip">Not known</button>"# + "\n"
        if canGoBack { main += #"<button type="submit" class="link" name="action" value="back">Back</button>"# + "\n" }
        main += "</div>\n</form>"
        return HTML.page(title: (rejection == nil ? "" : "Error: ") + question.question, main: main)
    }

    /// What a choice question offers: each value as a radio (one) or checkbox (any), by its words.
    private static func options(for question: FactDefinition) -> [String] {
        let choices: [(value: String, label: String)] = switch question.type {
        case .bool: [("yes", "Yes"), ("no", "No")]
        case .set where !question.values.contains("none"): question.values.map { ($0, words($0)) } + [("none", "None of these")]
        default: question.values.map { ($0, words($0)) }
        }
        let kind = question.type == .set ? "checkbox" : "radio"
        return choices.enumerated().map { index, choice in
            let id = "answer-\(index + 1)"
            return #"<div class="option"><input type="\#(kind)" id="\#(id)" name="answer" value="\#(HTML.escape(choice.value))"><label for="\#(id)">\#(HTML.escape(choice.label))</label></div>"#
        }
    }

    /// A value as words: `family_or_partner` reads "Family or partner".
    static func words(_ value: String) -> String {
        let spaced = value.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}
