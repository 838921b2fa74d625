package org.zhicheng.committee.expert;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.expert.domain.Expert;

/**
 * The read model of expert contacts for the draw feature: who the drawn experts are and how to reach them. Scope is the
 * caller's to check; nothing here is public.
 */
@Component
public class ExpertContacts {

    private final ExpertRepository experts;

    ExpertContacts(ExpertRepository experts) {
        this.experts = experts;
    }

    /** The contacts of the experts with these ids, by id; an id without a profile is left out. */
    @Transactional(readOnly = true)
    public Map<String, ExpertContact> of(Collection<String> expertIds) {
        return experts.findAll(expertIds).values().stream()
                .collect(Collectors.toUnmodifiableMap(Expert::id, expert -> new ExpertContact(expert.id(),
                        expert.name(), expert.unit(), expert.email(), expert.phone())));
    }
}
