/** Navigation over a sentence's enhanced dependency graph, shared by every extractor. */
package org.standpoint.extract.syntax;
