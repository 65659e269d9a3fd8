/// An entry of one of site.yml's vocabularies: an audience, a competency or a level.
public struct Term: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    /// Audiences only: the share of the group the province aims to reach.
    public var targetPercent: Int?

    public init(id: String, name: String, description: String? = nil, targetPercent: Int? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.targetPercent = targetPercent
    }
}
