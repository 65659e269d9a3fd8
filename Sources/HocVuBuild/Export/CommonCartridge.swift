import Foundation
import HocVuCore

/// A course as an IMS Common Cartridge 1.1 (`.imscc`): `imsmanifest.xml` in
/// the namespace Moodle's importer looks for, the overview and lessons as
/// web content, each quiz as a QTI assessment. In Moodle each child of the
/// organization's root becomes a section (the first is section 0, the
/// overview); the lesson page and its quizzes are that section's activities.
/// Quizzes are left out of the lesson pages (`MarkdownOptions.quizForms`).
struct CommonCartridge {
    let package: CoursePackage
    /// What a quiz is called in the LMS ("Kiểm tra"), from the theme's strings.
    let quizLabel: String

    func quizTitle(_ page: CoursePackage.PageFile) -> String { "\(quizLabel): \(page.title)" }

    /// An XML id (xs:ID): a letter first; hocvu's names are slugs, `_`
    /// separates the kind from the name so kinds never collide.
    private static func identifier(_ prefix: String, _ name: String) -> String {
        prefix + "_" + name
    }

    func quizFile(_ quiz: Quiz) -> String { "quizzes/\(quiz.id)/assessment.xml" }

    /// Package path → bytes (the files to copy come from `package.files`).
    func entries() -> [String: Data] {
        var entries: [String: Data] = [:]
        for page in package.pages {
            entries[page.path] = package.document(page, stylesheet: false, scripts: [])
            for quiz in page.quizzes {
                let location = quizFile(quiz)
                let links = package.links
                let assessment = QTIAssessment(quiz: quiz, title: quizTitle(page)) { html in
                    links.rewrite(html, page: page.path, location: location, prefix: "$IMS-CC-FILEBASE$").html
                }
                entries[location] = assessment.xml()
            }
        }
        entries["imsmanifest.xml"] = manifest()
        return entries
    }

    func manifest() -> Data {
        let course = package.course
        let site = package.site
        let language = XMLText.escape(site.config.language)
        func text(_ value: String) -> String { XMLText.escape(value) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="\(Self.identifier("M", course.slug))" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
              <metadata>
                <schema>IMS Common Cartridge</schema>
                <schemaversion>1.1.0</schemaversion>
                <lomimscc:lom>
                  <lomimscc:general>
                    <lomimscc:title><lomimscc:string language="\(language)">\(text(course.title))</lomimscc:string></lomimscc:title>
                    <lomimscc:language>\(language)</lomimscc:language>
                    <lomimscc:description><lomimscc:string language="\(language)">\(text(course.summary))</lomimscc:string></lomimscc:description>

            """
        if !course.tags.isEmpty {
            out += "        <lomimscc:keyword>"
            out += course.tags.map { "<lomimscc:string language=\"\(language)\">\(text($0))</lomimscc:string>" }.joined()
            out += "</lomimscc:keyword>\n"
        }
        out += """
                  </lomimscc:general>
                </lomimscc:lom>
              </metadata>
              <organizations>
                <organization identifier="\(Self.identifier("O", course.slug))" structure="rooted-hierarchy">
                  <item identifier="ROOT">

            """
        var resources = ""
        for (p, page) in package.pages.enumerated() {
            let name = CoursePackage.key(page)
            let pageResource = Self.identifier("R", name)
            out += "        <item identifier=\"\(Self.identifier("S", "\(p)"))\">\n          <title>\(text(page.title))</title>\n"
            out += "          <item identifier=\"\(Self.identifier("I", name))\" identifierref=\"\(pageResource)\"><title>\(text(page.title))</title></item>\n"
            for quiz in page.quizzes {
                let quizResource = Self.identifier("R_quiz", quiz.id)
                out += "          <item identifier=\"\(Self.identifier("I_quiz", quiz.id))\" identifierref=\"\(quizResource)\"><title>\(text(quizTitle(page)))</title></item>\n"
                resources += "    <resource identifier=\"\(quizResource)\" type=\"imsqti_xmlv1p2/imscc_xmlv1p1/assessment\">\n"
                resources += "      <file href=\"\(text(CoursePackage.href(quizFile(quiz))))\"/>\n      <dependency identifierref=\"\(pageResource)\"/>\n    </resource>\n"
            }
            out += "        </item>\n"
            let href = text(CoursePackage.href(page.path))
            resources += "    <resource identifier=\"\(pageResource)\" type=\"webcontent\" href=\"\(href)\">\n"
            resources += "      <file href=\"\(href)\"/>\n"
            if p == 0 {
                // Every picture and file the course links to, once, with the
                // overview: Moodle copies the files of every web resource.
                for file in package.files.keys.sorted() { resources += "      <file href=\"\(text(CoursePackage.href(file)))\"/>\n" }
            }
            resources += "    </resource>\n"
        }
        out += "      </item>\n    </organization>\n  </organizations>\n  <resources>\n" + resources + "  </resources>\n</manifest>\n"
        return Data(out.utf8)
    }
}
