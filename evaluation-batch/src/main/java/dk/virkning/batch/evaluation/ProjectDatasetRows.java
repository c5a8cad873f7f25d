package dk.virkning.batch.evaluation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers for {@link EvaluationDataRepository}, written out by column position. JDBI's
 * constructor mapper re-derives its mapping from the result set's columns on every query; at
 * four queries per project and hundreds of responses each, that was more than half of the JVM
 * time spent reading a project (docs/benchmarks.md, "Batch jobs at national scale").
 */
public final class ProjectDatasetRows {

    private ProjectDatasetRows() {
    }

    /** {@code id, organisation_id, design, instruments}. */
    public static final class ProjectMapper implements RowMapper<ProjectDataset.Project> {
        @Override
        public ProjectDataset.Project map(ResultSet rs, StatementContext ctx) throws SQLException {
            Array instruments = rs.getArray(4);
            return new ProjectDataset.Project(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    instruments == null ? List.of() : List.of((String[]) instruments.getArray()));
        }
    }

    /** {@code id, name, offset_days, ordinal}. */
    public static final class WaveMapper implements RowMapper<ProjectDataset.Wave> {
        @Override
        public ProjectDataset.Wave map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ProjectDataset.Wave(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
        }
    }

    /** {@code id, arm, gender, birth_year, recruitment_channel, enrolled_on}. */
    public static final class ParticipantMapper implements RowMapper<ProjectDataset.Participant> {
        @Override
        public ProjectDataset.Participant map(ResultSet rs, StatementContext ctx) throws SQLException {
            int birthYear = rs.getInt(4);
            Integer birth = rs.wasNull() ? null : birthYear;
            return new ProjectDataset.Participant(rs.getLong(1), rs.getString(2), rs.getString(3), birth,
                    rs.getString(5), rs.getObject(6, LocalDate.class));
        }
    }

    /** {@code participant_id, wave_id, instrument, score, items}. */
    public static final class ScoredResponseMapper implements RowMapper<ProjectDataset.ScoredResponse> {
        @Override
        public ProjectDataset.ScoredResponse map(ResultSet rs, StatementContext ctx) throws SQLException {
            double score = rs.getDouble(4);
            Double value = rs.wasNull() ? null : score;
            return new ProjectDataset.ScoredResponse(rs.getLong(1), rs.getLong(2), rs.getString(3), value,
                    rs.getString(5));
        }
    }
}
