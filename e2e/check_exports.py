#!/usr/bin/env python3
"""Checks what `hocvu export` wrote for every course.

  check_exports.py HOCVU_BINARY EXPORT_DIR [XSD_DIR]

Runs the export twice (into EXPORT_DIR and a second folder) and requires
byte-identical files. Then, per course:
- <course>.imscc and <course>.scorm.zip unzip cleanly (CRC checked), with
  imsmanifest.xml at the root and every file the manifest names present;
- the cartridge's manifest declares Moodle's namespace in its first 1,024
  bytes and, with XSD_DIR (../shared/xsd), validates against
  cc11/cc11libxml2validator.xsd, and every QTI assessment against
  cc11/ccv1p1_qtiasiv1p2p1_v1p0.xsd (xmllint --nonet, as Moodle checks);
- every XML file in both packages is well-formed; the SCORM manifest is
  SCORM 1.2 with one SCO per page and a mastery score per quiz lesson;
- <course>.gift has one $CATEGORY per lesson with a quiz and balanced
  answer blocks.
Exit 1 on any failure.
"""
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

from common import Failures

failures = Failures()
check = failures.check


def export(binary, out):
    result = subprocess.run([binary, "export", "--strict", "--out", out], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
        sys.exit("FAIL hocvu export exited with %d" % result.returncode)


def xmllint(args):
    return subprocess.run(["xmllint", "--noout", "--nonet"] + args, capture_output=True, text=True)


def manifest_files(root, namespace):
    return [f.get("href") for f in root.iter("{%s}file" % namespace)]


def main():
    binary, out = sys.argv[1], sys.argv[2]
    xsd = sys.argv[3] if len(sys.argv) > 3 else None
    export(binary, out)
    again = tempfile.mkdtemp(prefix="hocvu-export-")
    temporary = [again]
    export(binary, again)
    names = sorted(os.listdir(out))
    check(names == sorted(os.listdir(again)), "the second export wrote other files")
    for name in names:
        check(filecmp.cmp(os.path.join(out, name), os.path.join(again, name), shallow=False), name + " differs between two exports")

    courses = sorted(n[: -len(".imscc")] for n in names if n.endswith(".imscc"))
    check(len(courses) > 0, "no cartridge written")
    counts = {"qti": 0, "sco": 0, "questions": 0}
    for course in courses:
        cc_dir = tempfile.mkdtemp(prefix="hocvu-cc-")
        temporary.append(cc_dir)
        with zipfile.ZipFile(os.path.join(out, course + ".imscc")) as archive:
            check(archive.testzip() is None, course + ".imscc: a damaged entry")
            archive.extractall(cc_dir)
        manifest = os.path.join(cc_dir, "imsmanifest.xml")
        head = open(manifest, "rb").read(1024).decode("utf-8", "replace").lower()
        check("xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\"" in head, course + ": Moodle's namespace not in the first 1,024 bytes")
        ns = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
        root = ET.parse(manifest).getroot()
        for href in manifest_files(root, ns):
            check(os.path.isfile(os.path.join(cc_dir, href)), "%s.imscc: manifest names %s, not in the package" % (course, href))
        if xsd:
            result = xmllint(["--schema", os.path.join(xsd, "cc11", "cc11libxml2validator.xsd"), manifest])
            check(result.returncode == 0, "%s.imscc manifest: %s" % (course, result.stderr.strip()))
        quizzes = set()
        course_questions = 0
        for resource in root.iter("{%s}resource" % ns):
            if resource.get("type") != "imsqti_xmlv1p2/imscc_xmlv1p1/assessment":
                continue
            quizzes.add(resource.get("identifier"))
            path = os.path.join(cc_dir, resource.find("{%s}file" % ns).get("href"))
            counts["qti"] += 1
            questions = len(ET.parse(path).getroot().findall(".//{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}item"))
            counts["questions"] += questions
            course_questions += questions
            if xsd:
                result = xmllint(["--schema", os.path.join(xsd, "cc11", "ccv1p1_qtiasiv1p2p1_v1p0.xsd"), path])
                check(result.returncode == 0, "%s: %s" % (path, result.stderr.strip()))

        # Sections (children of the root item) holding a quiz: one GIFT category each.
        top = root.find("{%s}organizations/{%s}organization/{%s}item" % (ns, ns, ns))
        quiz_sections = sum(1 for section in top.findall("{%s}item" % ns)
                            if any(i.get("identifierref") in quizzes for i in section.iter("{%s}item" % ns)))

        scorm_dir = tempfile.mkdtemp(prefix="hocvu-scorm-")
        temporary.append(scorm_dir)
        with zipfile.ZipFile(os.path.join(out, course + ".scorm.zip")) as archive:
            check(archive.testzip() is None, course + ".scorm.zip: a damaged entry")
            check("imsmanifest.xml" in archive.namelist(), course + ".scorm.zip: no imsmanifest.xml at the root")
            archive.extractall(scorm_dir)
        ns = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
        adl = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
        root = ET.parse(os.path.join(scorm_dir, "imsmanifest.xml")).getroot()
        check(root.findtext("{%s}metadata/{%s}schemaversion" % (ns, ns)) == "1.2", course + ": not SCORM 1.2")
        for href in manifest_files(root, ns):
            check(os.path.isfile(os.path.join(scorm_dir, href)), "%s.scorm.zip: manifest names %s, not in the package" % (course, href))
        resources = {r.get("identifier"): r for r in root.iter("{%s}resource" % ns)}
        for item in root.iter("{%s}item" % ns):
            resource = resources.get(item.get("identifierref"))
            if not check(resource is not None, "%s: item %s names no resource" % (course, item.get("identifier"))):
                continue
            check(resource.get("{%s}scormtype" % adl) == "sco", "%s: %s is not a SCO" % (course, resource.get("identifier")))
            page = open(os.path.join(scorm_dir, resource.get("href")), encoding="utf-8").read()
            has_quiz = 'class="quiz"' in page
            check(has_quiz == (item.find("{%s}masteryscore" % adl) is not None), "%s: %s mastery score without its quiz, or the reverse" % (course, resource.get("href")))
            counts["sco"] += 1
        for folder in (cc_dir, scorm_dir):
            for base, _, files in os.walk(folder):
                for name in files:
                    if name.endswith(".xml"):
                        check(xmllint([os.path.join(base, name)]).returncode == 0, os.path.join(base, name) + " is not well-formed")

        gift_path = os.path.join(out, course + ".gift")
        if not check(os.path.exists(gift_path) == (course_questions > 0), "%s.gift: written %s, the course has %d questions"
                     % (course, os.path.exists(gift_path), course_questions)) or not course_questions:
            continue
        gift = open(gift_path, encoding="utf-8").read()
        categories = re.findall(r"^\$CATEGORY: \$course\$/top/.+$", gift, re.M)
        check(len(categories) == quiz_sections, "%s.gift: %d categories for %d lessons with a quiz" % (course, len(categories), quiz_sections))
        gift_questions = len(re.findall(r"^::", gift, re.M))
        check(gift_questions == course_questions, "%s.gift: %d questions, the cartridge %d" % (course, gift_questions, course_questions))
        unescaped = re.sub(r"\\.", "", gift)
        check(unescaped.count("{") == unescaped.count("}"), course + ".gift: unbalanced answer blocks")

    for folder in temporary:
        shutil.rmtree(folder, ignore_errors=True)
    failures.finish("%d courses exported twice, byte-identical; %d cartridges%s with %d QTI assessments (%d questions)%s; "
          "%d SCORM 1.2 packages, %d SCOs, every manifest file present; GIFT banks balanced"
          % (len(courses), len(courses), " valid against the CC 1.1 XSD" if xsd else "", counts["qti"], counts["questions"],
             " valid against the QTI XSD" if xsd else "", len(courses), counts["sco"]))


if __name__ == "__main__":
    main()
