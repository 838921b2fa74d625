package org.zhicheng.application;

import org.zhicheng.starter.test.ServiceFoundationContract;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** The service's foundation: ready on real PostgreSQL, documented, locked without a token. */
@ZhichengServiceTest
class ApplicationServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String apiTitle() {
        return "Zhicheng application service";
    }

    @Override
    protected String protectedPath() {
        return "/api/v1/applications/anything";
    }
}
