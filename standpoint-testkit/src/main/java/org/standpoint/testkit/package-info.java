/** Fixtures shared by the tests of every module, such as the location of the shared seeds and gold answers. */
package org.standpoint.testkit;
