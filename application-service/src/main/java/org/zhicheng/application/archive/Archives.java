package org.zhicheng.application.archive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.application.archive.ArchiveRepository.VersionEntry;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.RepresentativeAchievements;
import org.zhicheng.application.evidence.Evidence;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.web.ETags;

/**
 * A person's archive: read the current or any earlier version, write a new one (optimistic: {@code If-Match} the
 * version it was read at). A new version names only the person's own evidence files and at most the configured number
 * of representative achievements; a refusal writes nothing.
 */
@Service
@EnableConfigurationProperties(ArchiveProperties.class)
public class Archives {

    private final ArchiveRepository archives;
    private final Evidence evidence;
    private final RepresentativeAchievements representative;
    private final Clock clock;

    Archives(ArchiveRepository archives, Evidence evidence, ArchiveProperties properties, Clock clock) {
        this.archives = archives;
        this.evidence = evidence;
        this.representative = new RepresentativeAchievements(properties.maxRepresentative());
        this.clock = clock;
    }

    /** The current version; the empty version 0 for a person who has written nothing yet. */
    @Transactional(readOnly = true)
    public ArchiveVersion current(String person) {
        return archives.current(person).orElseGet(() -> new ArchiveVersion(person, 0, ArchiveContent.EMPTY, null,
                null));
    }

    /** A version of the person's; 404 {@code archive-version.not-found}. */
    @Transactional(readOnly = true)
    public ArchiveVersion version(String person, int version) {
        if (version == 0) {
            return new ArchiveVersion(person, 0, ArchiveContent.EMPTY, null, null);
        }
        return archives.version(person, version)
                .orElseThrow(() -> Problems.notFound("archive-version", person + "/" + version));
    }

    @Transactional(readOnly = true)
    List<VersionEntry> versions(String person) {
        return archives.versions(person);
    }

    /**
     * Writes the next version. {@code ifMatch} is the version it was read at ({@code ETag}); a stale one is 412
     * {@code etag.stale}.
     */
    @Transactional
    public ArchiveVersion write(String person, ArchiveContent content, String ifMatch, String actor) {
        Instant now = clock.instant();
        int current = archives.lockCurrent(person, now);
        ETags.check(ifMatch, current);
        representative.check(content);
        Set<UUID> named = content.achievements().stream().flatMap(a -> a.evidence().stream())
                .collect(Collectors.toSet());
        Set<UUID> foreign = evidence.notOwned(person, named);
        if (!foreign.isEmpty()) {
            throw Problems.badRequest("archive.evidence-unknown", foreign.iterator().next());
        }
        ArchiveVersion next = new ArchiveVersion(person, current + 1, content, actor, now);
        archives.append(next);
        return next;
    }
}
