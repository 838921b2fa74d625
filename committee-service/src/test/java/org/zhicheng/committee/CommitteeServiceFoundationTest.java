package org.zhicheng.committee;

import org.zhicheng.starter.test.ServiceFoundationContract;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** The service's foundation: ready on real PostgreSQL, documented, locked without a token. */
@ZhichengServiceTest
class CommitteeServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String apiTitle() {
        return "Zhicheng committee service";
    }

    @Override
    protected String protectedPath() {
        return "/api/v1/experts/anything";
    }
}
