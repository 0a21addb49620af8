/** Articles: search in their text, and one article with its extraction placed in its text. */
package org.standpoint.serve.articles;
