/**
 * Building blocks the services' aggregates share that carry no domain meaning of their own: the changes an aggregate
 * recorded since it was loaded, and its optimistic-lock version.
 */
package org.zhicheng.starter.domain;
