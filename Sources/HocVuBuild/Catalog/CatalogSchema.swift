/// `catalog.schema.json`: JSON Schema 2020-12 for `catalog.json` and, through
/// `#/$defs/course_document`, for each `courses/<id>/course.json`. Published
/// beside the data so consumers validate against the version they were given.
/// Strict (no unknown properties) so that tests catch a field the generator
/// writes but the schema does not describe; consumers should still ignore
/// fields they do not know (docs/CATALOG.md, compatibility).
enum CatalogSchema {
    static let json = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:hocvu:schema:catalog:1",
  "title": "hocvu course catalog",
  "description": "The courses of a hocvu learning portal as data: the site, its audiences, competency framework and levels, and every course with its lessons and quiz summaries. Paths are relative to the folder holding catalog.json; url fields are absolute and present only when the site has a base_url.",
  "type": "object",
  "required": ["schema_version", "generator", "site", "audiences", "competency_framework", "levels", "courses"],
  "additionalProperties": false,
  "properties": {
    "schema_version": { "$ref": "#/$defs/schema_version" },
    "generator": { "$ref": "#/$defs/generator" },
    "site": { "$ref": "#/$defs/site" },
    "audiences": {
      "description": "Who the courses are for, in the order site.yml lists them.",
      "type": "array",
      "items": { "$ref": "#/$defs/term" }
    },
    "competency_framework": {
      "description": "The digital-competency framework courses map to.",
      "type": "object",
      "required": ["competencies"],
      "additionalProperties": false,
      "properties": {
        "name": { "description": "The framework's name, from site.yml 'framework'.", "type": "string", "minLength": 1 },
        "competencies": {
          "description": "The framework's areas, in site.yml order.",
          "type": "array",
          "items": { "$ref": "#/$defs/term" }
        }
      }
    },
    "levels": {
      "description": "Course levels, easiest first.",
      "type": "array",
      "items": { "$ref": "#/$defs/term" }
    },
    "courses": {
      "description": "Every published course, in the order of their `order` field, then id.",
      "type": "array",
      "items": { "$ref": "#/$defs/course" }
    }
  },
  "$defs": {
    "schema_version": {
      "description": "Version of this schema, major.minor. A minor version only adds optional fields; a new major version may remove or change fields.",
      "type": "string",
      "pattern": "^1\\.[0-9]+$"
    },
    "generator": {
      "description": "The program and version that wrote the file, e.g. 'hocvu 0.1.0'.",
      "type": "string",
      "minLength": 1
    },
    "id": {
      "description": "A stable identifier: lowercase letters a-z, digits and '-'. It is also the folder name in URLs.",
      "type": "string",
      "pattern": "^[a-z0-9-]+$"
    },
    "path": {
      "description": "A page's folder, relative to the site root, ending in '/' (open it with index.html appended when there is no web server).",
      "type": "string",
      "pattern": "^[a-z0-9/-]+/$"
    },
    "url": {
      "description": "An absolute http(s) URL built from the site's base_url.",
      "type": "string",
      "format": "uri",
      "pattern": "^https?://"
    },
    "date": {
      "description": "A calendar date, YYYY-MM-DD.",
      "type": "string",
      "format": "date",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "minutes": {
      "description": "A duration in whole minutes.",
      "type": "integer",
      "minimum": 1
    },
    "site": {
      "description": "The portal that published the catalog.",
      "type": "object",
      "required": ["title", "language"],
      "additionalProperties": false,
      "properties": {
        "title": { "type": "string", "minLength": 1 },
        "description": { "type": "string" },
        "language": { "description": "BCP 47 language tag of the content, e.g. 'vi'.", "type": "string", "minLength": 2 },
        "url": { "$ref": "#/$defs/url", "description": "The site's root URL, ending in '/'." }
      }
    },
    "term": {
      "description": "An entry of one of site.yml's vocabularies (audience, competency, level).",
      "type": "object",
      "required": ["id", "name"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "name": { "type": "string", "minLength": 1 },
        "description": { "type": "string" },
        "target_percent": {
          "description": "Audiences only: the share of the group the province aims to reach.",
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        }
      }
    },
    "quiz": {
      "description": "A summary of one quiz: its questions are not published here.",
      "type": "object",
      "required": ["id", "pass_percent", "questions", "questions_by_kind"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id", "description": "Unique in the site; also the quiz's anchor (#quiz-<id>) on the lesson page." },
        "pass_percent": { "description": "The share of right answers needed to pass.", "type": "integer", "minimum": 0, "maximum": 100 },
        "questions": { "type": "integer", "minimum": 1 },
        "questions_by_kind": {
          "description": "How many questions of each kind: one right choice, several right choices, a typed answer.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "single": { "type": "integer", "minimum": 1 },
            "multiple": { "type": "integer", "minimum": 1 },
            "short_answer": { "type": "integer", "minimum": 1 }
          }
        }
      }
    },
    "lesson": {
      "description": "A lesson of a course, in the course's order.",
      "type": "object",
      "required": ["id", "number", "title", "path", "quizzes"],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id", "description": "Unique within its course." },
        "number": { "description": "The lesson's number (its file's NN- prefix).", "type": "integer", "minimum": 0 },
        "title": { "type": "string", "minLength": 1 },
        "summary": { "type": "string" },
        "path": { "$ref": "#/$defs/path" },
        "url": { "$ref": "#/$defs/url" },
        "duration_minutes": { "$ref": "#/$defs/minutes" },
        "updated": { "$ref": "#/$defs/date" },
        "quizzes": { "type": "array", "items": { "$ref": "#/$defs/quiz" } }
      }
    },
    "course": {
      "description": "A course with its lessons.",
      "type": "object",
      "required": [
        "id", "title", "summary", "path", "data_path", "audiences", "competencies", "tags",
        "prerequisites", "outcomes", "questions", "quizzes", "lessons"
      ],
      "additionalProperties": false,
      "properties": {
        "id": { "$ref": "#/$defs/id" },
        "title": { "type": "string", "minLength": 1 },
        "summary": { "type": "string", "minLength": 1 },
        "path": { "$ref": "#/$defs/path" },
        "url": { "$ref": "#/$defs/url" },
        "data_path": { "description": "This course alone as course.json, relative to the site root.", "type": "string", "pattern": "^courses/[a-z0-9-]+/course\\.json$" },
        "audiences": { "description": "Ids of the site's audiences.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/id" } },
        "level": { "$ref": "#/$defs/id", "description": "Id of one of the site's levels." },
        "competencies": { "description": "Ids of the framework's competencies the course builds.", "type": "array", "items": { "$ref": "#/$defs/id" } },
        "tags": { "type": "array", "items": { "type": "string" } },
        "duration_minutes": { "$ref": "#/$defs/minutes", "description": "Declared, or the sum of the lessons' durations." },
        "prerequisites": { "description": "Ids of courses to take first.", "type": "array", "items": { "$ref": "#/$defs/id" } },
        "outcomes": { "description": "What a learner can do after the course.", "type": "array", "items": { "type": "string" } },
        "updated": { "$ref": "#/$defs/date" },
        "cover": { "description": "The cover picture, relative to the site root.", "type": "string" },
        "questions": { "description": "Quiz questions in the whole course: its own quizzes' and its lessons'.", "type": "integer", "minimum": 0 },
        "quizzes": { "description": "Quizzes on the course's own page (course.md), before its lessons.", "type": "array", "items": { "$ref": "#/$defs/quiz" } },
        "lessons": { "type": "array", "items": { "$ref": "#/$defs/lesson" } }
      }
    },
    "course_document": {
      "description": "courses/<id>/course.json: one course and the site that publishes it.",
      "type": "object",
      "required": ["schema_version", "generator", "site", "course"],
      "additionalProperties": false,
      "properties": {
        "schema_version": { "$ref": "#/$defs/schema_version" },
        "generator": { "$ref": "#/$defs/generator" },
        "site": { "$ref": "#/$defs/site" },
        "course": { "$ref": "#/$defs/course" }
      }
    }
  }
}

"""#
}
