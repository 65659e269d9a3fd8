/// Every key a page context can hold (docs/THEME.md), at any depth: Mustache
/// looks names up through the context stack, so the check works on names.
/// `PageContextBuilder` must produce only these, and all of them:
/// `PageContextTests` holds both to it.
enum ThemeVocabulary {
    static let names: Set<String> = [
        // every page
        "lang", "root", "page_title", "description", "site", "title", "nav", "url", "current", "t", "kind",
        "breadcrumbs", "generator", "noindex", "og", "type", "locale", "site_name", "json_ld", "feed_url",
        // cards and lists
        "summary", "level_name", "duration_display", "lesson_count", "audiences", "id", "name",
        "date", "date_display", "target_percent", "number", "text", "level",
        // home
        "intro_html", "featured", "news", "has_news", "progress_courses", "keys", "heading_html", "heading_id",
        "targets", "year", "percent",
        // footer (every page)
        "operator", "contact", "email", "phone", "phone_link", "address",
        // catalog, its filter pages, learning paths, coverage
        "courses", "course_count", "catalog_title", "filters", "items", "coverage_url", "path", "steps", "has_steps",
        "coverage", "columns", "rows", "cells", "empty", "filter_data", "sort_data", "group", "value", "scripted",
        // listings over several pages (catalog, filters, paths, news, a course's lessons)
        "pagination", "page_count", "prev_url", "next_url", "page_links", "gap", "later_page", "catalog_data_url", "slug", "lesson_slugs",
        // course
        "course", "body_html", "updated", "updated_display", "competencies", "outcomes", "prerequisites",
        "lessons", "first_lesson_url", "has_outcomes", "has_prerequisites",
        // quizzes and progress (course and lesson)
        "key", "quiz_ids", "question_count", "offline_urls", "offline_size", "offline_size_display",
        // lesson
        "lesson", "toc", "has_toc", "prev", "next",
        // page, news
        "page", "item",
    ]
}
