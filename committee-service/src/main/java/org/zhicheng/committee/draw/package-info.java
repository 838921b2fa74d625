/**
 * Panel draws (评审专家抽取) of meetings, wired: persistence (append-only, restored by replaying), the REST API
 * under {@code /api/v1/meetings/{meetingId}/draws} including the public record and replay, and the
 * {@code PanelDrawn} event. The algorithm and its rules live in {@link org.zhicheng.committee.draw.domain}; the
 * meeting is reached through {@link org.zhicheng.committee.meeting.MeetingDrawPort}.
 */
package org.zhicheng.committee.draw;
