/// What the reader's functions throw: nothing but the fact. The details (a
/// `JSONSyntaxError`, over 48 bytes) are kept in the reader
/// (`JSONReader.failure`) when it throws. A one-word error leaves every
/// reader function that can fail a small frame; the full error, returned
/// through memory, cost every call on the hot path.
struct JSONReadFailure: Error {}
