/** Small JDBC helpers the services' repositories share: PostgreSQL array parameters. */
package org.zhicheng.starter.jdbc;
