package dev.quizmark.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored version of a quiz file, so attempts can always be graded against the version they started on. */
@Entity
@Table(name = "quiz_version")
public class QuizVersion extends PanacheEntityBase {

    @Id
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "quiz_id", nullable = false)
    public String quizId;

    @Column(name = "source_path", nullable = false)
    public String sourcePath;

    @Column(name = "source_text", nullable = false)
    public String sourceText;

    @Column(name = "first_loaded_at", nullable = false)
    public Instant firstLoadedAt;

    /** Written by {@link QuizVersionStore} only. */
    @Column(name = "made_current_at", insertable = false, updatable = false)
    public Instant madeCurrentAt;
}
