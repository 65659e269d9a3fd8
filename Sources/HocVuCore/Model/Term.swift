/// An entry of one of site.yml's vocabularies: an audience, a competency or a level.
public struct Term: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    /// Audiences only: the share of the group the province aims to reach.
    public var targetPercent: Int?
    /// Audiences only: that share by year (`targets: {2025: 80, 2026: 100}`), years ascending.
    public var targets: [Target] = []

    public struct Target: Sendable, Hashable, Codable {
        public var year: Int
        public var percent: Int

        public init(year: Int, percent: Int) {
            self.year = year
            self.percent = percent
        }
    }

    public init(id: String, name: String, description: String? = nil, targetPercent: Int? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.targetPercent = targetPercent
    }
}
