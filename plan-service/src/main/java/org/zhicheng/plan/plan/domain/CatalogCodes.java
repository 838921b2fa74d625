package org.zhicheng.plan.plan.domain;

import java.util.Collection;
import java.util.Set;

/** What the plan needs to know of the title catalog: which of the given codes it does not know. */
public interface CatalogCodes {

    Set<String> unknownTitles(Collection<String> codes);

    Set<String> unknownSpecialties(Collection<String> codes);
}
