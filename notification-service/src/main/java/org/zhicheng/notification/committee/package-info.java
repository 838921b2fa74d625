/**
 * What notification-service knows of committee-service's committees: a read model kept from the committee events
 * (code, name, territory, status), and the public register asked over REST for a committee the events have not
 * brought yet. Publicities are opened for committees found here; inbox notices reach the HR bureaus of their territory.
 */
package org.zhicheng.notification.committee;
