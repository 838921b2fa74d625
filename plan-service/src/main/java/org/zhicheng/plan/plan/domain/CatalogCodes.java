package org.zhicheng.plan.plan.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the plan needs to know of the title catalog: which of the given codes it does not know, and the names a
 * published plan's event and a plan's export print.
 */
public interface CatalogCodes {

    Set<String> unknownTitles(Collection<String> codes);

    Set<String> unknownSpecialties(Collection<String> codes);

    /**
     * The Chinese name of each of the given title codes the catalog holds, deactivated ones included (a plan approved
     * before a title was deactivated still names it); codes it does not hold are left out.
     */
    Map<String, String> titleNames(Collection<String> codes);

    /** As {@link #titleNames}, for specialty codes. */
    Map<String, String> specialtyNames(Collection<String> codes);
}
