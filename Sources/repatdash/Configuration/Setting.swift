/// One effective setting and where it came from.
struct Setting<Value> {
    var value: Value
    var origin: SettingOrigin
}

extension Setting: Equatable where Value: Equatable {}
