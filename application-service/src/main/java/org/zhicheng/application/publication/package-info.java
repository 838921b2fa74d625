/** The publication of passed lists by the HR bureaus (核准公布), with the certificates issued on it. */
package org.zhicheng.application.publication;
