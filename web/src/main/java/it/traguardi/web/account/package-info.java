/** Il tuo account: signing in and out (with a password or through an OpenID Connect provider), changing one's password and managing one's API tokens. */
package it.traguardi.web.account;
