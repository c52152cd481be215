package dev.quizmark.live;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the live pages (host, projector, phones); texts in messages/live_ko.properties and live_en.properties. */
@MessageBundle(value = "live", locale = "ko")
public interface LiveMessages {

    @Message
    String navLive();

    @Message
    String startTitle();

    @Message
    String startIntro();

    @Message
    String quizLabel();

    @Message
    String liveCount(int live, int total);

    @Message
    String secondsLabel();

    @Message
    String allowGuests();

    @Message
    String create();

    @Message
    String sessionsHeading();

    @Message
    String stateLabel();

    @Message
    String createdLabel();

    @Message
    String stateLobby();

    @Message
    String stateOpen();

    @Message
    String stateClosed();

    @Message
    String stateResults();

    @Message
    String stateLeaderboard();

    @Message
    String stateFinished();

    @Message
    String hostTitle(String quiz);

    @Message
    String pinLabel();

    @Message
    String questionOf(int number, int count);

    @Message
    String playerCount(int count);

    @Message
    String lobbyHeading();

    @Message
    String joinAt();

    @Message
    String qrLabel(String pin);

    @Message
    String playersHeading();

    @Message
    String noPlayers();

    @Message
    String kick();

    @Message
    String kickLabel(String name);

    @Message
    String notForLive();

    @Message
    String paused();

    @Message
    String secondsUnit();

    @Message
    String closedLabel();

    @Message
    String answeredCount(int answered, int players);

    @Message
    String correctTag();

    @Message
    String distributionTitle();

    @Message
    String barRight();

    @Message
    String barWrong();

    @Message
    String barNoAnswer();

    @Message
    String correctAnswer();

    @Message
    String explanation();

    @Message
    String source();

    @Message
    String leaderboard();

    @Message
    String finalBoard();

    @Message
    String rank();

    @Message
    String player();

    @Message
    String points();

    @Message
    String correctCount();

    @Message
    String openResults();

    @Message
    String start();

    @Message
    String close();

    @Message
    String pause();

    @Message
    String resume();

    @Message
    String extend();

    @Message
    String reveal();

    @Message
    String showLeaderboard();

    @Message
    String next();

    @Message
    String finish();

    @Message
    String skip();

    @Message
    String end();

    @Message
    String refresh();

    @Message
    String joinTitle();

    @Message
    String nicknameLabel();

    @Message
    String guestHint();

    @Message
    String joinButton();

    @Message
    String phoneTitle();

    @Message
    String pointsValue(long points);

    @Message
    String kicked();

    @Message
    String waitingToStart();

    @Message
    String finalTitle();

    @Message
    String finalRank(int rank, int players);

    @Message
    String totalLine(long points, int correct, int count);

    @Message
    String pickAll();

    @Message
    String send();

    @Message
    String answerTrue();

    @Message
    String answerFalse();

    @Message
    String typeAnswer();

    @Message
    String answerTaken();

    @Message
    String pausedWait();

    @Message
    String timeUp();

    @Message
    String noAnswer();

    @Message
    String waitForResults();

    @Message
    String right(int points);

    @Message
    String streakBonus(int streak, int bonus);

    @Message
    String streakOption();

    @Message
    String liveTimeHint();

    @Message
    String wrong();

    @Message
    String standing(int rank, int players);

    @Message
    String correctSoFar(int correct);

    @Message
    String errorTitle();

    @Message
    String problemNotFound();

    @Message
    String problemGuestsNotAllowed();

    @Message
    String problemNicknameRequired();

    @Message
    String problemNicknameTaken();

    @Message
    String problemInstructorsHost();

    @Message
    String problemKicked();

    @Message
    String problemNoLiveQuestions();

    @Message
    String problemTooLate();

    @Message
    String problemWrongState();

    @Message
    String teamsLabel();

    @Message
    String noTeams();

    @Message
    String teamsCount(int count);

    @Message
    String teamName(String letter);

    @Message
    String teamBoard();

    @Message
    String team();

    @Message
    String members();

    @Message
    String teamPoints();

    @Message
    String teamStanding(String letter, int rank, int teams);

    @Message
    String pinWait(long seconds);
}
