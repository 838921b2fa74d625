package org.zhicheng.education;

import org.zhicheng.starter.test.ServiceFoundationContract;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** The service's foundation: ready on real PostgreSQL, documented, locked without a token. */
@ZhichengServiceTest
class EducationServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String apiTitle() {
        return "Zhicheng education service";
    }

    @Override
    protected String protectedPath() {
        return "/api/v1/education/anything";
    }
}
