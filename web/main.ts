console.log('coopgraph explorer');
