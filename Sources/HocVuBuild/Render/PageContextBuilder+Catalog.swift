import Foundation
import HocVuCore

/// The catalog and the pages that slice it: filter pages, learning paths
/// (prerequisites first) and the coverage table.
extension PageContextBuilder {
    /// On a learning path (`onPath`), the level and competency groups narrow
    /// the path's own courses in place (catalog.js), so they are hidden until
    /// the script shows them: as links they would lead to the whole catalog
    /// and drop the audience.
    func filters(current: String, from path: String, onPath: Bool = false) -> [[String: Any]] {
        let groups: [(String, [Term], (String) -> CatalogFilter)] = [
            ("audiences", site.config.audiences, CatalogFilter.audience),
            ("level", site.config.levels.filter { level in site.courses.contains { $0.level == level.id } }, CatalogFilter.level),
            ("competencies", site.config.competencies, CatalogFilter.competency),
        ]
        return groups.enumerated().map { group, entry in
            let (key, terms, make) = entry
            var items: [[String: Any]] = [["title": label("filter_all"), "url": SitePath.relative(from: path, to: CatalogFilter.path(of: nil)),
                                           "current": current == CatalogFilter.path(of: nil), "group": group, "value": ""]]
            for term in terms {
                let target = CatalogFilter.path(of: make(term.id))
                items.append(["title": term.name, "url": SitePath.relative(from: path, to: target), "current": current == target,
                              "group": group, "value": term.id])
            }
            return ["name": label(key), "items": items, "scripted": onPath && group > 0]
        }
    }

    /// The home page's courses: those marked `featured: true`, by `order`, at
    /// most `Pagination.Size.featured`; when none is marked, the first few by
    /// `order`. A bounded number, so the home page stays light.
    var featuredCourses: [Course] {
        let marked = site.courses.filter(\.featured)
        return marked.isEmpty ? Array(site.courses.prefix(Pagination.Size.featuredDefault))
                              : Array(marked.prefix(Pagination.Size.featured))
    }

    /// Courses in Vietnamese dictionary order of their titles.
    var coursesByTitle: [Course] { titleOrder }

    /// The courses a catalog page lists (all of them for the whole catalog), in title order.
    func courses(of filter: CatalogFilter?) -> [Course] {
        let courses = coursesByTitle
        switch filter {
        case nil: return courses
        case .audience(let id): return courses.filter { $0.audiences.contains(id) }
        case .level(let id): return courses.filter { $0.level == id }
        case .competency(let id): return courses.filter { $0.competencies.contains(id) }
        }
    }

    func catalog(_ filter: CatalogFilter? = nil, page: Int = 1) -> [String: Any] {
        let first = CatalogFilter.path(of: filter)
        var title = label("courses")
        let courses = self.courses(of: filter)
        let pagination = Pagination(path: first, itemCount: courses.count, pageSize: Pagination.Size.courses)
        let path = pagination.path(ofPage: page)
        switch filter {
        case nil: break
        case .audience(let id):
            title += ": " + (site.config.audiences.first { $0.id == id }?.name ?? id)
        case .level(let id):
            title += ": " + (site.config.levels.first { $0.id == id }?.name ?? id)
        case .competency(let id):
            title += ": " + (site.config.competencies.first { $0.id == id }?.name ?? id)
        }
        let shown = Array(courses[pagination.range(ofPage: page)])
        var context = common(kind: "catalog", outputPath: path, title: pageTitle(title, page), description: nil)
        // Later pages lead back to the listing's first page too.
        context["breadcrumbs"] = trail(filter == nil && page == 1 ? [.home] : [.home, .catalog], from: path)
        context["catalog_title"] = title
        // The filter links name the first page of each listing, the one marked is this listing's.
        context["filters"] = filters(current: first, from: path)
        context["courses"] = shown.map { courseCard($0, from: path) }
        context["course_count"] = courses.count
        context["coverage_url"] = SitePath.relative(from: path, to: CatalogFilter.coveragePath)
        paginate(&context, pagination, page: page)
        if filter == nil {
            context["json_ld"] = StructuredData(site: site).itemList(
                shown, name: title, offset: pagination.range(ofPage: page).lowerBound, total: courses.count) ?? false
        }
        return context
    }

    /// An audience's learning path: its courses, prerequisites first.
    func learningPath(_ audience: Term, page: Int = 1) -> [String: Any] {
        let first = CatalogFilter.path(of: .audience(audience.id))
        let title = label("path_title") + ": " + audience.name
        let ordered = Self.prerequisiteOrder(coursesByTitle.filter { $0.audiences.contains(audience.id) })
        let pagination = Pagination(path: first, itemCount: ordered.count, pageSize: Pagination.Size.courses)
        let path = pagination.path(ofPage: page)
        let range = pagination.range(ofPage: page)
        var context = common(kind: "learning-path", outputPath: path, title: pageTitle(title, page), description: audience.description)
        context["breadcrumbs"] = trail([.home, .catalog], from: path)
        context["path"] = ["title": title, "description": opt(audience.description),
                           "target_percent": audience.targetPercent.map { $0 as Any } ?? false]
        context["steps"] = ordered[range].enumerated().map { i, course -> [String: Any] in
            var card = courseCard(course, from: path)
            card["number"] = range.lowerBound + i + 1
            let prerequisites = course.prerequisites.compactMap { slug in
                site.courses.first { $0.slug == slug }.map { ["title": $0.title, "url": SitePath.relative(from: path, to: $0.outputPath)] }
            }
            card["prerequisites"] = prerequisites
            card["has_prerequisites"] = !prerequisites.isEmpty
            return card
        }
        context["has_steps"] = !ordered.isEmpty
        context["filters"] = filters(current: first, from: path, onPath: true)
        context["coverage_url"] = SitePath.relative(from: path, to: CatalogFilter.coveragePath)
        paginate(&context, pagination, page: page)
        return context
    }

    /// Prerequisites before the courses that need them; otherwise the given
    /// (dictionary) order. Cycles were rejected when the content loaded.
    static func prerequisiteOrder(_ courses: [Course]) -> [Course] {
        var remaining = courses
        var placed: [Course] = []
        var done: Set<String> = []
        let inPath = Set(courses.map(\.slug))
        while !remaining.isEmpty {
            let ready = remaining.firstIndex { course in
                course.prerequisites.allSatisfy { !inPath.contains($0) || done.contains($0) }
            } ?? 0
            let course = remaining.remove(at: ready)
            placed.append(course)
            done.insert(course.slug)
        }
        return placed
    }

    /// Audiences × competency domains: how many courses and questions each
    /// cell has, so a province sees which group lacks material.
    func coverage() -> [String: Any] {
        let path = CatalogFilter.coveragePath
        var context = common(kind: "coverage", outputPath: path, title: label("coverage"), description: nil)
        context["breadcrumbs"] = trail([.home, .catalog], from: path)
        context["coverage"] = [
            "columns": site.config.competencies.map { ["name": $0.name, "url": SitePath.relative(from: path, to: CatalogFilter.path(of: .competency($0.id)))] },
            "rows": site.config.audiences.map { audience -> [String: Any] in
                [
                    "name": audience.name,
                    "url": SitePath.relative(from: path, to: CatalogFilter.path(of: .audience(audience.id))),
                    "cells": site.config.competencies.map { competency -> [String: Any] in
                        let courses = site.courses.filter { $0.audiences.contains(audience.id) && $0.competencies.contains(competency.id) }
                        return ["course_count": courses.count, "question_count": courses.reduce(0) { $0 + questionCount($1) },
                                "empty": courses.isEmpty]
                    },
                ]
            },
        ] as [String: Any]
        return context
    }
}
