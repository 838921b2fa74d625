package org.zhicheng.application;

import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.starter.test.ServiceFoundationContract;

/** The service's foundation: ready on real PostgreSQL, documented, locked without a token. */
@ApplicationServiceTest
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
