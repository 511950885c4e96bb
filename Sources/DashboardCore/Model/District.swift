public struct District: Sendable, Equatable {
    public var id: String
    public var name: String
    public var province: String
    public var camps: [Camp]

    public init(id: String, name: String, province: String, camps: [Camp] = []) {
        self.id = id
        self.name = name
        self.province = province
        self.camps = camps
    }
}
