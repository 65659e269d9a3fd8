/// `diff -u` of two texts, from the standard library's
/// `CollectionDifference`: what `check --fix --dry-run` prints.
public enum UnifiedDiffText {
    public static func make(_ before: String, _ after: String, name: String, context: Int = 3) -> String {
        let old = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // By bytes: Swift finds a line in NFD equal to the same line in NFC.
        let difference = new.difference(from: old) { $0.utf8.elementsEqual($1.utf8) }
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        // The two texts merged in order: (kind, line, old index, new index).
        var ops: [(Character, String, Int, Int)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count && removed.contains(i) {
                ops.append(("-", old[i], i, j)); i += 1
            } else if j < new.count && inserted.contains(j) {
                ops.append(("+", new[j], i, j)); j += 1
            } else {
                ops.append((" ", i < old.count ? old[i] : "", i, j)); i += 1; j += 1
            }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        guard !changed.isEmpty else { return "" }
        var out = "--- a/\(name)\n+++ b/\(name)\n"
        var k = 0
        while k < changed.count {
            let start = max(0, changed[k] - context)
            var end = min(ops.count - 1, changed[k] + context)
            while k + 1 < changed.count && changed[k + 1] - context <= end + 1 {
                k += 1
                end = min(ops.count - 1, changed[k] + context)
            }
            let hunk = ops[start...end]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            let oldStart = (hunk.first?.2 ?? 0) + (oldCount > 0 ? 1 : 0), newStart = (hunk.first?.3 ?? 0) + (newCount > 0 ? 1 : 0)
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for op in hunk { out += "\(op.0)\(op.1)\n" }
            k += 1
        }
        return out
    }
}
