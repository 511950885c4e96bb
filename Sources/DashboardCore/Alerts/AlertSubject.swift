/// What one firing condition is about; a rule that watches every district
/// fires once per district past its threshold, each with its own subject.
/// Like a Prometheus alert's labels, rule name and subject identify it.
public enum AlertSubject: Sendable, Hashable {
    case snapshots
    case deadline(id: String, title: String)
    case point(String)
    case district(id: String, name: String)
    case camp(districtID: String, campID: String, name: String)

    /// The stable part of the identity (ids, not names, which may be corrected).
    public var key: String {
        switch self {
        case .snapshots: "snapshots"
        case .deadline: "deadline=" + id
        case .point: "point=" + id
        case .district: "district=" + id
        case .camp: "camp=" + id
        }
    }

    /// The deadline's, district's or camp's id; the point's name.
    public var id: String {
        switch self {
        case .snapshots: "snapshots"
        case .deadline(let id, _): id
        case .point(let name): name
        case .district(let id, _): id
        case .camp(_, let campID, _): campID
        }
    }

    /// How the alerts list and `check` name it.
    public var label: String {
        switch self {
        case .snapshots: "snapshots"
        case .deadline(_, let title): title
        case .point(let name): name
        case .district(_, let name): name
        case .camp(_, _, let name): name
        }
    }

    /// The district Enter drills into, if the subject is in one.
    public var districtID: String? {
        switch self {
        case .district(let id, _): id
        case .camp(let id, _, _): id
        default: nil
        }
    }
}
