package org.zhicheng.application.archive;

import java.util.List;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.zhicheng.application.archive.ArchiveRequests.AchievementRequest;
import org.zhicheng.application.archive.ArchiveRequests.ArchiveRequest;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.ArchiveContent.Achievement;

/** Between the archive API's request and the archive content; new achievements get their id here. */
@Mapper(componentModel = "spring")
interface ArchiveWebMapper {

    ArchiveContent toContent(ArchiveRequest request);

    default Achievement toAchievement(AchievementRequest request) {
        return new Achievement(request.id() == null ? UUID.randomUUID() : request.id(), request.type(),
                request.title(), request.date(), request.role(), request.description(), request.evidence());
    }

    List<Achievement> toAchievements(List<AchievementRequest> requests);
}
