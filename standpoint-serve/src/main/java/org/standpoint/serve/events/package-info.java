/** Events with filters, and the network of who acts on whom by CAMEO quad class. */
package org.standpoint.serve.events;
