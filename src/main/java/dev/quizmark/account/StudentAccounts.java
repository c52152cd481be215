package dev.quizmark.account;

import dev.quizmark.account.RosterCsvImporter.Roster;
import dev.quizmark.account.RosterCsvImporter.Row;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Student accounts as instructors manage them: create, import a roster, reset passwords, disable and enable. */
@ApplicationScoped
public class StudentAccounts {

    /** An account with the one-time password just given to it; the password is shown once and never stored. */
    public record Issued(Account account, String password) {
    }

    /** Either problems (and nothing saved) or the new accounts. */
    public record ImportResult(List<RosterProblem> problems, List<Issued> created) {
    }

    public record CreateResult(List<NewStudent.FieldProblem> problems, Issued created) {
    }

    public CreateResult create(NewStudent student) {
        List<NewStudent.FieldProblem> problems = new ArrayList<>(student.problems());
        if (problems.stream().noneMatch(p -> p.field() == RosterField.USERNAME)
                && !takenUsernames(List.of(student.username())).isEmpty()) {
            problems.add(new NewStudent.FieldProblem(RosterField.USERNAME, RosterProblem.Reason.USERNAME_TAKEN, student.username()));
        }
        if (!problems.isEmpty()) {
            return new CreateResult(problems, null);
        }
        String password = OneTimePasswords.generate();
        String hash = BcryptUtil.bcryptHash(password);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!takenUsernames(List.of(student.username())).isEmpty()) {
                return new CreateResult(List.of(new NewStudent.FieldProblem(RosterField.USERNAME,
                        RosterProblem.Reason.USERNAME_TAKEN, student.username())), null);
            }
            return new CreateResult(List.of(), new Issued(persist(student, hash), password));
        });
    }

    /**
     * All or nothing: any bad row, or any username already in use, and no account is created. Passwords are
     * hashed before the writing transaction (bcrypt takes a while per student), and the usernames are checked
     * again inside it, so a concurrent import cannot slip a duplicate in between.
     */
    public ImportResult importRoster(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>(roster.problems());
        problems.addAll(taken(roster.rows()));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RosterProblem::line));
            return new ImportResult(problems, List.of());
        }
        List<String> passwords = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < roster.rows().size(); i++) {
            String password = OneTimePasswords.generate();
            passwords.add(password);
            hashes.add(BcryptUtil.bcryptHash(password));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<RosterProblem> takenNow = taken(roster.rows());
            if (!takenNow.isEmpty()) {
                return new ImportResult(takenNow, List.of());
            }
            List<Issued> created = new ArrayList<>();
            for (int i = 0; i < roster.rows().size(); i++) {
                created.add(new Issued(persist(roster.rows().get(i).student(), hashes.get(i)), passwords.get(i)));
            }
            return new ImportResult(List.of(), created);
        });
    }

    @Transactional
    public Issued resetPassword(long accountId) {
        Account account = student(accountId);
        String password = OneTimePasswords.generate();
        account.setPassword(password);
        account.mustChangePassword = true;
        // A reset is also how an instructor lifts a lock-out after too many wrong passwords.
        account.failedLogins = 0;
        account.lockedUntil = null;
        return new Issued(account, password);
    }

    @Transactional
    public Account setEnabled(long accountId, boolean enabled) {
        Account account = student(accountId);
        account.enabled = enabled;
        return account;
    }

    @Transactional
    public List<Account> students(String group) {
        return group == null
                ? Account.list("role = ?1 order by groupName, username", Role.STUDENT)
                : Account.list("role = ?1 and groupName = ?2 order by username", Role.STUDENT, group);
    }

    @Transactional
    public List<String> groups() {
        return Account.getEntityManager()
                .createQuery("select distinct a.groupName from Account a where a.role = :role and a.groupName is not null"
                        + " order by a.groupName", String.class)
                .setParameter("role", Role.STUDENT).getResultList();
    }

    /** Only students are managed here; instructor accounts are out of reach of these forms. */
    private static Account student(long accountId) {
        Account account = Account.findById(accountId);
        if (account == null || account.role != Role.STUDENT) {
            throw new NotFoundException();
        }
        return account;
    }

    private static Account persist(NewStudent student, String passwordHash) {
        Account account = new Account();
        account.username = student.username();
        account.passwordHash = passwordHash;
        account.role = Role.STUDENT;
        account.displayName = student.displayName();
        account.studentNumber = student.studentNumber();
        account.groupName = student.group();
        account.email = student.email();
        account.mustChangePassword = true;
        account.persist();
        return account;
    }

    private List<RosterProblem> taken(List<Row> rows) {
        List<Row> named = rows.stream().filter(r -> r.student().username() != null).toList();
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> taken = takenUsernames(named.stream().map(r -> r.student().username()).toList());
        return named.stream().filter(r -> taken.contains(r.student().username().toLowerCase(Locale.ROOT)))
                .map(r -> new RosterProblem(r.line(), RosterField.USERNAME.column, RosterProblem.Reason.USERNAME_TAKEN,
                        r.student().username(), 0))
                .toList();
    }

    /** Usernames already in use, compared without case so that "Kim01" and "kim01" cannot both exist. */
    private static Set<String> takenUsernames(List<String> usernames) {
        Set<String> wanted = usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return QuarkusTransaction.joiningExisting().call(() -> Set.copyOf(Account.getEntityManager()
                .createQuery("select lower(a.username) from Account a where lower(a.username) in :names", String.class)
                .setParameter("names", wanted).getResultList()));
    }
}
