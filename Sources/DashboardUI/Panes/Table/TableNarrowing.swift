/// One step a table takes when it does not fit its width, tried in the order
/// the pane lists them (btop and glances drop their least useful columns first).
enum TableNarrowing<Key: Hashable & Sendable>: Sendable {
    /// Hide the column.
    case drop(Key)
    /// Let the column go down to its `minimumWidth`, text ending in "…".
    case shrink(Key)
}
