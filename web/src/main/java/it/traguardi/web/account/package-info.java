/** Il tuo account: signing in and out, changing one's password and managing one's API tokens. */
package it.traguardi.web.account;
