package dev.quizmark.live;

/** Live words chosen in Java: a refusal's message and a state's name. */
final class LiveWords {

    private LiveWords() {
    }

    static String problem(LiveProblem.Reason reason, LiveMessages words) {
        return switch (reason) {
            case NOT_FOUND -> words.problemNotFound();
            case GUESTS_NOT_ALLOWED -> words.problemGuestsNotAllowed();
            case NICKNAME_REQUIRED -> words.problemNicknameRequired();
            case NICKNAME_TAKEN -> words.problemNicknameTaken();
            case INSTRUCTORS_HOST -> words.problemInstructorsHost();
            case KICKED -> words.problemKicked();
            case NO_LIVE_QUESTIONS -> words.problemNoLiveQuestions();
            case TOO_LATE -> words.problemTooLate();
            case WRONG_STATE -> words.problemWrongState();
        };
    }

    static String state(LiveState state, LiveMessages words) {
        return switch (state) {
            case LOBBY -> words.stateLobby();
            case OPEN -> words.stateOpen();
            case CLOSED -> words.stateClosed();
            case RESULTS -> words.stateResults();
            case LEADERBOARD -> words.stateLeaderboard();
            case FINISHED -> words.stateFinished();
        };
    }
}
