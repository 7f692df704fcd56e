"""Building blocks of the embedded social post parser (:mod:`newsdoc.parsers.social_posts`).

* :mod:`~newsdoc.social.urls` classifies links and reads post URLs of every platform;
* :mod:`~newsdoc.social.entities` finds mentions, hashtags, cashtags and URLs in a body;
* :mod:`~newsdoc.social.weights` measures a text the way X counts a post's length;
* :mod:`~newsdoc.social.boundaries` decides where a post's body starts;
* :mod:`~newsdoc.social.signatures` finds the signatures and URL lines that anchor posts.
"""
