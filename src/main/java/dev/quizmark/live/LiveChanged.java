package dev.quizmark.live;

/** Fired in the transaction that raised a live session's sequence: the session now is at {@code sequence}. */
record LiveChanged(long sessionId, long sequence) {
}
