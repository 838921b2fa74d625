/**
 * The working-day calendar (工作日): Chinese statutory holidays and adjusted weekend working days (调休) kept as
 * editable data, and the counting rules of publicities and deadlines built on it.
 */
package org.zhicheng.starter.calendar;
