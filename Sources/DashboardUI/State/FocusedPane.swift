/// The pane that receives movement keys. Tab and Shift-Tab cycle in this order.
public enum FocusedPane: Int, Sendable, CaseIterable {
    case districts, crossings, deadlines

    var next: FocusedPane { FocusedPane(rawValue: (rawValue + 1) % FocusedPane.allCases.count)! }
    var previous: FocusedPane { FocusedPane(rawValue: (rawValue + FocusedPane.allCases.count - 1) % FocusedPane.allCases.count)! }
}
