import HocVuCore
import HocVuMarkdown

/// A parsed page as a parse cache entry holds it: every field of
/// `RenderedMarkdown`, its diagnostics included, so a page read from the
/// cache reports what parsing it would (`--strict` means the same).
/// `CacheTests` checks that a page survives the round trip whole.
extension RenderedMarkdown {
    func encode(into out: inout CacheWriter) {
        out.string(html)
        out.optional(htmlWithoutQuizForms)
        out.list(headings) { out, heading in
            out.int(heading.level)
            out.string(heading.text)
            out.string(heading.id)
            out.location(heading.location)
            out.string(heading.forgeText)
        }
        out.list(fragments) { out, fragment in
            out.string(fragment.page)
            out.string(fragment.fragment)
            out.string(fragment.written)
            out.string(fragment.href)
            out.location(fragment.location)
        }
        out.list(quizzes) { out, quiz in
            out.string(quiz.id)
            out.int(quiz.passPercent ?? -1)
            out.bool(quiz.shuffle)
            out.location(quiz.location)
            out.list(quiz.questions) { out, question in
                out.string(question.kind.rawValue)
                out.string(question.promptHTML)
                out.string(question.promptBlocksHTML)
                out.optional(question.explanationHTML)
                out.location(question.location)
                out.list(question.choices) { out, choice in
                    out.string(choice.html)
                    out.string(choice.text)
                    out.bool(choice.correct)
                    out.optional(choice.feedbackHTML)
                }
            }
        }
        out.list(linkedFiles) { $0.string($1) }
        out.list(externalLinks) { out, link in
            out.string(link.url)
            out.location(link.location)
        }
        out.list(diagnostics) { out, diagnostic in
            out.string(diagnostic.severity.rawValue)
            out.string(diagnostic.code)
            out.string(diagnostic.message)
            out.location(diagnostic.location)
        }
    }

    static func decode(from input: inout CacheReader) -> RenderedMarkdown? {
        guard let html = input.string(), let withoutQuizForms = input.optional(),
              let headings = input.list({ input -> Heading? in
                  guard let level = input.int(), let text = input.string(), let id = input.string(),
                        let location = input.location(), let forge = input.string() else { return nil }
                  return Heading(level: level, text: text, id: id, location: location, forgeText: forge)
              }),
              let fragments = input.list({ input -> FragmentReference? in
                  guard let page = input.string(), let fragment = input.string(), let written = input.string(),
                        let href = input.string(), let location = input.location() else { return nil }
                  return FragmentReference(page: page, fragment: fragment, written: written, href: href, location: location)
              }),
              let quizzes = input.list({ input -> Quiz? in
                  guard let id = input.string(), let pass = input.int(), let shuffle = input.bool(),
                        let location = input.location(),
                        let questions = input.list({ input -> Quiz.Question? in
                            guard let kind = input.string().flatMap(Quiz.Kind.init(rawValue:)), let prompt = input.string(),
                                  let blocks = input.string(), let explanation = input.optional(), let location = input.location(),
                                  let choices = input.list({ input -> Quiz.Choice? in
                                      guard let html = input.string(), let text = input.string(), let correct = input.bool(),
                                            let feedback = input.optional() else { return nil }
                                      return Quiz.Choice(html: html, text: text, correct: correct, feedbackHTML: feedback)
                                  })
                            else { return nil }
                            return Quiz.Question(kind: kind, promptHTML: prompt, promptBlocksHTML: blocks, choices: choices,
                                                 explanationHTML: explanation, location: location)
                        })
                  else { return nil }
                  return Quiz(id: id, passPercent: pass < 0 ? nil : pass, shuffle: shuffle, questions: questions, location: location)
              }),
              let linkedFiles = input.list({ $0.string() }),
              let externalLinks = input.list({ input -> ExternalReference? in
                  guard let url = input.string(), let location = input.location() else { return nil }
                  return ExternalReference(url: url, location: location)
              }),
              let diagnostics = input.list({ input -> Diagnostic? in
                  guard let severity = input.string().flatMap(Diagnostic.Severity.init(rawValue:)), let code = input.string(),
                        let message = input.string(), let location = input.location() else { return nil }
                  return Diagnostic(severity, code, message, at: location)
              })
        else { return nil }
        return RenderedMarkdown(
            html: html, headings: headings, fragments: fragments, quizzes: quizzes, linkedFiles: linkedFiles,
            externalLinks: externalLinks, diagnostics: diagnostics, htmlWithoutQuizForms: withoutQuizForms)
    }
}

extension CacheWriter {
    mutating func location(_ location: SourceLocation) {
        string(location.file)
        int(location.line)
        int(location.column)
    }
}

extension CacheReader {
    mutating func location() -> SourceLocation? {
        guard let file = string(), let line = int(), let column = int() else { return nil }
        return SourceLocation(file: file, line: line, column: column)
    }
}
